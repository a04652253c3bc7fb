/// The built-in bilingual glossary of programming terms, used for every library (a library's
/// own `terms.tsv` extends it): Russian ↔ English, with the forms people search by, across the
/// topics interview libraries cover. Same format as `terms.tsv`: one group a line, Russian, a
/// tab, English; several phrases of a side separated by commas; words match by their stems.
/// Kept as source so the Search module needs no resource bundle.
enum Glossary {
    static let terms = TermDictionary.parse(text, path: "built-in glossary")

    /// Names this text (FNV-1a of its UTF-8): an index file keeps the glossary analysed with it
    /// and uses it only while the program's glossary is the same.
    static let fingerprint: UInt64 = text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }

    static let text = """
        # languages and runtimes
        интерпретатор	interpreter
        компилятор	compiler
        компиляция	compilation, compile
        байткод, байт-код	bytecode
        виртуальная машина	virtual machine, vm
        сборщик мусора, сборка мусора	garbage collector, garbage collection, gc
        подсчёт ссылок, счётчик ссылок	reference counting, refcount
        слабая ссылка	weak reference, weakref
        ссылка	reference
        указатель	pointer
        переменная	variable
        константа	constant
        функция	function
        метод	method
        аргумент	argument
        параметр	parameter
        возвращаемое значение	return value
        замыкание	closure
        лямбда, анонимная функция	lambda, anonymous function
        декоратор	decorator
        генератор	generator
        итератор	iterator
        итерируемый объект	iterable
        списковое включение, генератор списка	list comprehension, comprehension
        контекстный менеджер	context manager
        дескриптор	descriptor
        метакласс	metaclass
        модуль	module
        пакет	package
        импорт	import
        пространство имён	namespace
        область видимости	scope
        глобальная переменная	global variable
        рекурсия	recursion
        хвостовая рекурсия	tail recursion
        стек вызовов	call stack
        трассировка стека	stack trace, traceback
        исключение	exception
        обработка исключений	exception handling
        ошибка	error
        предупреждение	warning
        утверждение	assertion, assert
        отладка, дебаг	debugging, debug
        отладчик	debugger
        синтаксис	syntax
        ключевое слово	keyword
        оператор	operator
        выражение	expression
        инструкция	statement
        цикл	loop
        условие	condition
        ветвление	branching
        строка	string
        кортеж	tuple
        список	list
        словарь	dictionary, dict
        множество	set
        массив	array
        срез	slice, slicing
        изменяемый	mutable
        неизменяемый	immutable
        неизменяемость	immutability
        хэш, хеш	hash
        хеш-функция, хэш-функция	hash function
        хеш-таблица, хэш-таблица	hash table, hash map
        кодировка	encoding
        юникод	unicode
        байты	bytes
        распаковка	unpacking
        аннотация	annotation
        встроенная функция	builtin, built-in function
        стандартная библиотека	standard library, stdlib
        интерпретатор python	cpython
        глобальная блокировка интерпретатора	global interpreter lock, gil
        # concurrency
        конкурентность	concurrency
        параллелизм	parallelism
        асинхронность	asynchrony
        асинхронный	asynchronous, async
        синхронный	synchronous, sync
        поток, тред	thread
        многопоточность	multithreading, threading
        процесс	process
        многопроцессность	multiprocessing
        пул потоков	thread pool
        пул процессов	process pool
        пул	pool
        корутина, сопрограмма	coroutine
        задача, таска	task
        футура, фьючерс	future
        промис	promise
        цикл событий, событийный цикл	event loop
        ожидание	await, wait
        состояние гонки, гонка данных, гонка	race condition, data race, race
        взаимная блокировка, дедлок, взаимоблокировка	deadlock
        живая блокировка	livelock
        голодание	starvation
        блокировка, лок	lock
        мьютекс	mutex
        семафор	semaphore
        условная переменная	condition variable
        барьер	barrier
        атомарность	atomicity
        атомарная операция	atomic operation
        критическая секция	critical section
        синхронизация	synchronization
        потокобезопасность, потокобезопасный	thread safety, thread safe
        разделяемая память, общая память	shared memory
        разделяемое состояние	shared state
        неблокирующий	non-blocking, nonblocking
        блокирующий вызов	blocking call
        блокирующий	blocking
        отмена	cancel, cancellation
        таймаут, тайм-аут	timeout
        ограничитель частоты, ограничение частоты, ограничение скорости	rate limiter, rate limiting, throttling
        обратное давление	backpressure
        планировщик	scheduler
        переключение контекста	context switch
        вытесняющая многозадачность	preemptive multitasking
        кооперативная многозадачность	cooperative multitasking
        зелёный поток	green thread
        актор	actor
        канал	channel
        очередь	queue
        производитель потребитель	producer consumer
        исполнитель	executor
        обратный вызов, колбэк, коллбэк	callback
        событие	event
        сигнал	signal
        прерывание	interrupt
        демон	daemon
        # memory
        память	memory
        утечка памяти	memory leak
        утечка	leak
        куча	heap
        стек	stack
        выделение памяти, аллокация	memory allocation, allocation
        освобождение памяти	deallocation
        фрагментация	fragmentation
        циклическая ссылка, циклические ссылки	reference cycle, circular reference
        финализатор	finalizer
        деструктор	destructor
        конструктор	constructor
        копирование	copy
        глубокое копирование	deep copy
        поверхностное копирование	shallow copy
        профилирование памяти	memory profiling
        # OOP
        объектно-ориентированное программирование, ооп	object oriented programming, oop
        класс	class
        объект	object
        экземпляр	instance
        наследование	inheritance
        множественное наследование	multiple inheritance
        порядок разрешения методов	method resolution order, mro
        полиморфизм	polymorphism
        инкапсуляция	encapsulation
        абстракция	abstraction
        абстрактный класс	abstract class
        интерфейс	interface
        композиция	composition
        агрегация	aggregation
        миксин, примесь	mixin
        атрибут	attribute
        свойство	property
        статический метод	static method, staticmethod
        метод класса	class method, classmethod
        магический метод, dunder метод	magic method, dunder method
        перегрузка	overloading, overload
        переопределение	overriding, override
        паттерн, шаблон проектирования	design pattern, pattern
        синглтон, одиночка	singleton
        фабрика	factory
        стратегия	strategy
        наблюдатель	observer
        адаптер	adapter
        внедрение зависимостей	dependency injection
        зависимость	dependency
        принципы solid	solid
        единственная ответственность	single responsibility
        # typing
        типизация	typing
        статическая типизация	static typing
        динамическая типизация	dynamic typing
        строгая типизация, сильная типизация	strong typing
        слабая типизация	weak typing
        утиная типизация	duck typing
        утка	duck
        тип	type
        аннотация типов, подсказки типов	type hints, type annotation
        проверка типов	type checking, type checker
        приведение типов	type casting, cast
        вывод типов	type inference
        обобщённый тип, дженерик	generic
        протокол	protocol
        структурная типизация	structural typing
        номинальная типизация	nominal typing
        опциональный	optional
        объединение типов	union
        перечисление	enum, enumeration
        датакласс, класс данных	dataclass
        именованный кортеж	namedtuple, named tuple
        сериализация	serialization, serialize
        десериализация	deserialization, deserialize
        валидация	validation
        # testing
        тестирование	testing
        тест	test
        модульный тест, юнит-тест	unit test
        интеграционный тест	integration test
        сквозной тест	end to end test, e2e
        нагрузочное тестирование	load testing
        мок, заглушка	mock, stub
        фикстура	fixture
        покрытие кода	code coverage, coverage
        регрессия	regression
        разработка через тестирование	test driven development, tdd
        параметризация	parametrize, parametrization
        утверждение теста	assertion
        изоляция	isolation
        флаки тест, нестабильный тест	flaky test
        # web and networking
        веб-сервер	web server
        сервер	server
        клиент	client
        запрос	request
        ответ	response
        заголовок	header
        тело запроса	request body, body
        маршрутизация, роутинг	routing
        маршрут	route
        промежуточное по, мидлварь	middleware
        сессия	session
        куки	cookie
        аутентификация	authentication
        авторизация	authorization
        токен	token
        шифрование	encryption
        хеширование паролей	password hashing
        сертификат	certificate
        протокол http	http
        вебсокет	websocket
        сокет	socket
        соединение	connection
        пул соединений	connection pool
        задержка, латентность	latency
        пропускная способность	throughput, bandwidth
        балансировщик нагрузки, балансировка нагрузки	load balancer, load balancing
        обратный прокси	reverse proxy
        прокси	proxy
        доменное имя	domain name, dns
        повторная попытка, ретрай	retry
        идемпотентность	idempotency, idempotent
        сериализатор	serializer
        межсайтовый скриптинг	cross site scripting, xss
        подделка межсайтовых запросов	cross site request forgery, csrf
        внедрение sql, sql-инъекция	sql injection
        уязвимость	vulnerability
        безопасность	security
        # databases
        база данных, бд	database, db
        реляционная база данных	relational database
        таблица	table
        строка таблицы, запись	row, record
        столбец, колонка	column
        первичный ключ	primary key
        внешний ключ	foreign key
        ключ	key
        индекс	index
        составной индекс	composite index
        запрос, запрос к базе	query
        транзакция	transaction
        уровень изоляции	isolation level
        фиксация транзакции, коммит	commit
        откат	rollback
        грязное чтение	dirty read
        неповторяющееся чтение	non-repeatable read
        фантомное чтение	phantom read
        нормализация	normalization
        денормализация	denormalization
        соединение таблиц	join
        агрегация данных	aggregation, aggregate
        подзапрос	subquery
        представление	view
        хранимая процедура	stored procedure
        триггер	trigger
        репликация	replication
        реплика	replica
        шардирование, шардинг	sharding, shard
        партиционирование, секционирование	partitioning
        миграция	migration
        схема	schema
        оптимистичная блокировка	optimistic locking
        пессимистичная блокировка	pessimistic locking
        план запроса	query plan, explain
        проблема n+1	n+1 problem
        объектно-реляционное отображение	object relational mapping, orm
        ключ-значение	key value
        документоориентированная	document oriented
        нереляционная	nosql
        согласованность, консистентность	consistency
        итоговая согласованность, согласованность в конечном счёте	eventual consistency
        доступность	availability
        устойчивость к разделению	partition tolerance
        теорема cap	cap theorem
        долговечность	durability
        журнал предзаписи	write ahead log, wal
        резервное копирование, бэкап	backup
        восстановление	recovery
        # packaging and tooling
        пакетный менеджер, менеджер пакетов	package manager
        виртуальное окружение	virtual environment, virtualenv, venv
        окружение	environment
        зависимости проекта	requirements
        версия	version
        семантическое версионирование	semantic versioning, semver
        сборка	build
        развёртывание, деплой	deployment, deploy
        контейнер	container
        образ	image
        непрерывная интеграция	continuous integration, ci
        непрерывная доставка	continuous delivery, cd
        система контроля версий	version control
        ветка	branch
        слияние	merge
        линтер	linter
        форматтер	formatter
        конфигурация	configuration, config
        переменная окружения	environment variable
        журналирование, логирование	logging
        лог, журнал	log
        # performance
        производительность	performance
        оптимизация	optimization
        профилирование	profiling
        профилировщик	profiler
        узкое место	bottleneck
        кэш, кеш	cache
        кэширование, кеширование	caching
        мемоизация	memoization
        ленивые вычисления	lazy evaluation
        ленивый	lazy
        сложность алгоритма	complexity, big o
        временная сложность	time complexity
        асимптотика	asymptotic
        бенчмарк	benchmark
        векторизация	vectorization
        масштабирование	scaling
        масштабируемость	scalability
        горизонтальное масштабирование	horizontal scaling, scale out
        вертикальное масштабирование	vertical scaling, scale up
        # algorithms and data structures
        алгоритм	algorithm
        структура данных	data structure
        сортировка	sorting, sort
        поиск	search
        бинарный поиск	binary search
        связный список	linked list
        дерево	tree
        граф	graph
        двоичная куча	binary heap
        очередь с приоритетом	priority queue
        стек данных	stack
        обход в ширину	breadth first search, bfs
        обход в глубину	depth first search, dfs
        динамическое программирование	dynamic programming
        жадный алгоритм	greedy algorithm
        # system design
        проектирование систем, системный дизайн	system design
        архитектура	architecture
        микросервис, микросервисы	microservice, microservices
        монолит	monolith
        брокер сообщений	message broker
        очередь сообщений	message queue
        сообщение	message
        издатель подписчик	publish subscribe, pub sub
        событийная архитектура	event driven architecture
        шина событий	event bus
        отказоустойчивость	fault tolerance
        высокая доступность	high availability
        единая точка отказа	single point of failure
        автоматический выключатель, предохранитель	circuit breaker
        согласованное хеширование	consistent hashing
        распределённая система	distributed system
        консенсус	consensus
        лидер	leader
        выборы лидера	leader election
        сеть доставки контента	content delivery network, cdn
        хранилище	storage
        объектное хранилище	object storage
        мониторинг	monitoring
        метрика	metric
        оповещение, алерт	alert, alerting
        трассировка	tracing
        наблюдаемость	observability
        ограничение	limit, constraint
        квота	quota
        пагинация	pagination
        api	application programming interface
        шлюз	gateway
        api шлюз, шлюз api	api gateway
        обнаружение сервисов	service discovery
        контракт	contract
        версия api	api versioning
        обратная совместимость	backward compatibility
        """
}
