// Traffic light: a timeline cycles the light green (3 s), yellow (1 s), red (3 s) forever; cars arrive every 1.8 s and drive right, stopping at the stop line unless the light is green, queueing behind each other without overlapping, and a counter shows how many cars have passed the light.
const STOP_X = 470;
const SPEED = 140;
const GAP = 56;

class TrafficScene extends Phaser.Scene {
    constructor() { super('Traffic'); }

    create() {
        const g = this.make.graphics({}, false);
        g.fillStyle(0x4c6ef5).fillRoundedRect(0, 0, 44, 24, 6).fillStyle(0xdbe4ff).fillRect(28, 4, 10, 16);
        g.generateTexture('car', 44, 24);
        g.destroy();

        this.add.rectangle(400, 300, 800, 80, 0x495057);
        this.add.rectangle(STOP_X + 2, 300, 4, 80, 0xffffff);
        this.add.rectangle(520, 190, 50, 130, 0x212529);
        this.lamps = {
            red: this.add.circle(520, 150, 16, 0x5c1a1a),
            yellow: this.add.circle(520, 190, 16, 0x5c4a1a),
            green: this.add.circle(520, 230, 16, 0x1a5c2a)
        };
        this.lampOn = { red: 0xff3b3b, yellow: 0xffd43b, green: 0x51cf66 };

        this.cars = [];
        this.passed = 0;
        this.counter = this.add.text(20, 20, 'Cars passed: 0', { fontSize: '22px', color: '#ffffff' });

        this.timeline = this.add.timeline([
            { at: 0, run: () => this.setLight('green') },
            { at: 3000, run: () => this.setLight('yellow') },
            { at: 4000, run: () => this.setLight('red') },
            { at: 7000, event: 'cycle' }      // marks the end of red so the loop restarts after the full 3 s
        ]);
        this.timeline.repeat().play();
        this.setLight('green');

        this.time.addEvent({ delay: 1800, loop: true, callback: this.spawnCar, callbackScope: this });
        this.spawnCar();
    }

    setLight(color) {
        this.light = color;
        Object.entries(this.lamps).forEach(([name, lamp]) =>
            lamp.setFillStyle(name === color ? this.lampOn[name] : lamp.fillColor & 0x5c5c5c));
    }

    spawnCar() {
        const last = this.cars[this.cars.length - 1];
        if (last && last.x - 22 < GAP) return;   // lane entrance blocked by the queue
        this.cars.push(this.add.image(-22, 300, 'car'));
    }

    update(time, delta) {
        const step = SPEED * delta / 1000;
        this.cars.forEach((car, i) => {
            let maxX = car.x + step;
            const front = car.x + 22;
            if (this.light !== 'green' && front <= STOP_X) maxX = Math.min(maxX, STOP_X - 22);
            const ahead = this.cars[i - 1];
            if (ahead) maxX = Math.min(maxX, ahead.x - GAP);
            const wasBefore = front <= STOP_X;
            car.x = Math.max(car.x, maxX);
            if (wasBefore && car.x + 22 > STOP_X) {
                this.passed += 1;
                this.counter.setText('Cars passed: ' + this.passed);
            }
        });
        while (this.cars.length && this.cars[0].x > 850) this.cars.shift().destroy();
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 500, backgroundColor: '#2f9e44', scene: TrafficScene });
