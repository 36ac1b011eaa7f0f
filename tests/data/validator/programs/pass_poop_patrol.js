// Clean-up duty: the pet walks back and forth across the floor and every 5 seconds leaves a poop where it stands (at most 6 at a time). Each poop on the floor takes 1 happiness point per second (so 3 poops take 3 per second); clicking a poop cleans it with a puff and gives +2 happiness, and the C key cleans all of them at once. Happiness (0-100) is shown as a bar, the Play button adds 15, and below 30 the pet turns grey and walks at half speed.
class YardScene extends Phaser.Scene {
  constructor() {
    super('Yard');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x7f5539, 1);
    g.fillCircle(14, 22, 12);
    g.fillCircle(14, 12, 9);
    g.fillCircle(14, 4, 5);
    g.generateTexture('poop', 28, 34);
    g.destroy();

    this.add.rectangle(400, 500, 800, 200, 0x95d5b2);
    this.pet = this.add.ellipse(150, 420, 90, 70, 0xffafcc).setStrokeStyle(3, 0xc9184a);
    this.petSpeed = 120;
    this.petDir = 1;

    this.poops = this.add.group();
    this.data.set('happiness', 70);

    this.barBack = this.add.rectangle(20, 30, 300, 22, 0xdee2e6).setOrigin(0, 0.5);
    this.bar = this.add.rectangle(20, 30, 300, 22, 0xff006e).setOrigin(0, 0.5);
    this.label = this.add.text(330, 20, '', { fontSize: '20px', color: '#333333' });
    this.events.on('changedata-happiness', (scene, value) => this.showHappiness(value));
    this.showHappiness(this.data.get('happiness'));

    const play = this.add.text(700, 30, 'Play', {
      fontSize: '22px', color: '#ffffff', backgroundColor: '#3a86ff', padding: { x: 16, y: 6 }
    }).setOrigin(0.5).setInteractive({ useHandCursor: true });
    play.on('pointerdown', () => this.addHappiness(15));
    this.input.keyboard.on('keydown-C', () => this.cleanAll());

    this.time.addEvent({ delay: 5000, loop: true, callback: this.dropPoop, callbackScope: this });
    this.time.addEvent({
      delay: 1000, loop: true, callback: () => this.addHappiness(-this.poops.getLength())
    });
  }

  addHappiness(amount) {
    this.data.set('happiness', Phaser.Math.Clamp(this.data.get('happiness') + amount, 0, 100));
  }

  showHappiness(value) {
    this.bar.setSize(3 * value, 22);
    this.label.setText('Happiness ' + value + '   Poops ' + this.poops.getLength());
    this.pet.setFillStyle(value < 30 ? 0xadb5bd : 0xffafcc);
  }

  dropPoop() {
    if (this.poops.getLength() >= 6) return;
    const poop = this.add.image(this.pet.x, 450, 'poop').setInteractive({ useHandCursor: true });
    poop.on('pointerdown', () => {
      this.cleanOne(poop);
      this.addHappiness(2);
    });
    this.poops.add(poop);
    this.showHappiness(this.data.get('happiness'));
  }

  cleanOne(poop) {
    this.poops.remove(poop);
    poop.disableInteractive();
    this.tweens.add({ targets: poop, alpha: 0, scale: 1.6, y: poop.y - 20, duration: 250, onComplete: () => poop.destroy() });
    this.showHappiness(this.data.get('happiness'));
  }

  cleanAll() {
    this.poops.getChildren().slice().forEach((poop) => this.cleanOne(poop));
  }

  update(time, delta) {
    const sad = this.data.get('happiness') < 30;
    const speed = this.petSpeed * (sad ? 0.5 : 1);
    this.pet.x += this.petDir * speed * (delta / 1000);
    if (this.pet.x > 740) {
      this.pet.x = 740;
      this.petDir = -1;
    } else if (this.pet.x < 60) {
      this.pet.x = 60;
      this.petDir = 1;
    }
    this.pet.y = 420 + Math.abs(Math.sin(time / 150)) * -8;
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#caf0f8',
  scene: YardScene
};

new Phaser.Game(config);
