// Loads an image from a path (an asset) and bounces it with a tween.
class LogoScene extends Phaser.Scene
{
    preload ()
    {
        this.load.setBaseURL('https://labs.phaser.io');
        this.load.image('logo', 'assets/sprites/phaser3-logo.png');
    }

    create ()
    {
        const logo = this.add.image(400, 150, 'logo');
        this.tweens.add({ targets: logo, y: 450, duration: 1500, ease: 'Sine.inOut', yoyo: true, repeat: -1 });
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: LogoScene });
