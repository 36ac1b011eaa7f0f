// Title intro: the letters of the title drop in one after another, a bar grows under them and a subtitle fades in, then a menu appears (ENTER starts the game); pressing SPACE skips the intro straight to the menu.
class IntroScene extends Phaser.Scene {
    constructor() {
        super('Intro');
    }

    create() {
        const word = 'STARLIGHT';
        this.menuShown = false;
        this.letters = word.split('').map((ch, i) =>
            this.add.text(400 + (i - (word.length - 1) / 2) * 56, -60, ch, {
                fontSize: '64px', fontStyle: 'bold', color: '#ffd54f'
            }).setOrigin(0.5));
        this.bar = this.add.rectangle(400, 250, 520, 8, 0xffd54f).setScale(0, 1);
        this.subtitle = this.add.text(400, 290, 'a tiny space adventure', { fontSize: '24px', color: '#ffffff' })
            .setOrigin(0.5).setAlpha(0);
        this.menu = this.add.text(400, 420, 'Press ENTER to play', { fontSize: '32px', color: '#80deea' })
            .setOrigin(0.5).setVisible(false);

        this.intro = this.tweens.chain({
            tweens: [
                { targets: this.letters, y: 200, ease: 'Bounce.Out', duration: 700, delay: this.tweens.stagger(150) },
                { targets: this.bar, scaleX: 1, duration: 500, ease: 'Cubic.Out' },
                { targets: this.subtitle, alpha: 1, duration: 600 }
            ],
            onComplete: () => this.showMenu()
        });

        this.input.keyboard.once('keydown-SPACE', () => this.skipIntro());
        this.input.keyboard.on('keydown-ENTER', () => {
            if (this.menuShown) this.scene.start('Play');
        });
    }

    skipIntro() {
        if (this.menuShown) return;
        this.intro.complete();
        this.letters.forEach((l) => l.setY(200));
        this.bar.setScale(1, 1);
        this.subtitle.setAlpha(1);
    }

    showMenu() {
        this.menuShown = true;
        this.menu.setVisible(true);
        this.tweens.add({ targets: this.menu, scale: 1.1, yoyo: true, repeat: -1, duration: 600 });
    }
}

class PlayScene extends Phaser.Scene {
    constructor() {
        super('Play');
    }

    create() {
        this.add.text(400, 300, 'Game started!', { fontSize: '40px', color: '#ffffff' }).setOrigin(0.5);
        const star = this.add.star(400, 420, 5, 20, 40, 0xffd54f);
        this.tweens.add({ targets: star, angle: 360, duration: 3000, repeat: -1 });
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#0d1b2a',
    scene: [IntroScene, PlayScene]
});
