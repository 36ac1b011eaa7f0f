// Horse race: 5 horses run in 5 fixed lanes (horse 1 always in the top lane) with randomly varying speeds. Click a horse to back it, then Space starts the race; the standings panel lists the horses from 1st to 5th by distance, updated live, and each lane's label shows its horse's current place. When a horse crosses the finish line at x = 640 the race ends and says whether your horse won; R resets.
const COLORS = [0xe57373, 0x64b5f6, 0x81c784, 0xffd54f, 0xba68c8];
const FINISH = 640;

class Race extends Phaser.Scene {
  constructor() {
    super('race');
  }

  create() {
    this.cameras.main.setBackgroundColor('#33691e');
    this.add.rectangle(FINISH, 300, 6, 520, 0xffffff);
    this.horses = COLORS.map((c, i) => {
      const y = 80 + i * 100;
      this.add.rectangle(350, y + 40, 620, 2, 0xaed581);
      const body = this.add.ellipse(60, y, 60, 30, c).setInteractive({ useHandCursor: true });
      const label = this.add.text(10, y - 40, '', { fontSize: '16px', color: '#ffffff' });
      const horse = { id: i + 1, body, label, speed: 0 };
      body.on('pointerdown', () => {
        if (this.state !== 'betting') return;
        this.pick = horse;
        this.horses.forEach((h) => h.body.setStrokeStyle(h === horse ? 4 : 0, 0xffffff));
        this.msg.setText('You backed horse ' + horse.id + '. Space to start');
      });
      return horse;
    });

    this.panel = this.add.text(670, 60, '', { fontSize: '18px', color: '#ffffff', lineSpacing: 8 });
    this.msg = this.add.text(20, 570, 'Click a horse to back it', { fontSize: '20px', color: '#fff59d' });
    this.state = 'betting';
    this.pick = null;

    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.state === 'betting' && this.pick) {
        this.state = 'running';
        this.msg.setText('And they are off!');
        this.changer = this.time.addEvent({ delay: 400, loop: true, callback: () => {
          this.horses.forEach((h) => { h.speed = Phaser.Math.Between(60, 140); });
        } });
        this.horses.forEach((h) => { h.speed = Phaser.Math.Between(60, 140); });
      }
    });
    this.input.keyboard.on('keydown-R', () => this.scene.restart());
    this.updateStandings();
  }

  updateStandings() {
    const order = [...this.horses].sort((a, b) => b.body.x - a.body.x);
    const names = ['1st', '2nd', '3rd', '4th', '5th'];
    this.panel.setText('Standings\n' + order.map((h, i) => names[i] + ': horse ' + h.id).join('\n'));
    order.forEach((h, i) => h.label.setText('Horse ' + h.id + ' - ' + names[i]));
  }

  update(time, delta) {
    if (this.state !== 'running') return;
    this.horses.forEach((h) => {
      h.body.x += h.speed * delta / 1000;
    });
    this.updateStandings();
    const leader = [...this.horses].sort((a, b) => b.body.x - a.body.x)[0];
    if (leader.body.x >= FINISH) {
      this.state = 'done';
      this.changer.remove();
      const won = leader === this.pick;
      this.msg.setText('Horse ' + leader.id + ' wins! ' + (won ? 'Your horse won!' : 'Your horse lost.') + '  R: new race');
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Race
};

new Phaser.Game(config);
